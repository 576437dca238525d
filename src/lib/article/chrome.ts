/**
 * Page chrome that news CMSs leave in copied text: player timers, toolbars, widget headings, portal block
 * names, breadcrumbs, share bars, copyright footers. These are general rules about how such pages look, not
 * patches for particular files.
 */
export const CHROME_LINES: readonly RegExp[] = [
  /^\d{1,2}:\d{2}(\s*\/\s*\d{1,2}:\d{2})?$/u, // media player "0:00 / 0:00"
  /^PublishingPortal\b/iu, // SharePoint portal block names
  /^(Tăng|Giảm) cỡ chữ/iu, // font-size toolbar
  /^(Trang chủ|Xem thêm|Đọc thêm|Bài viết mới|Tin bài cùng chuyên mục|Tin liên quan|Tin cùng chuyên mục|Ý kiến bạn đọc|Bình luận|Chia sẻ|In bài|Gửi bài viết)$/iu,
  /^(Translate|Language|Skip to content|Share|Print|Comments?)\s*:?$/iu,
  /^\|$/u,
  // Share bar: nothing but share buttons, "Chia sẻ Facebook Zalo", "Share: Facebook | Twitter", a lone "Zalo".
  /^(?:(?:Chia sẻ|Share|Facebook|Zalo|Twitter|Messenger|LinkedIn|Telegram|Email|E-mail|Tweet|Copy link|Sao chép liên kết)\s*[:|,·•/]?\s*)+$/iu,
  // Copyright footer: "© 2023 Báo Bắc Kạn", "Copyright 2023 …", "Bản quyền thuộc về …" ("Bản quyền" alone can start
  // a sentence about copyright, so only its footer forms count).
  /^(?:©|Copyright\b|Bản quyền\s+(?:thuộc|©|\d{4}))/iu,
];

/** The first crumb of a breadcrumb: the link to the site's front page. */
const HOME_CRUMB = /^(Trang chủ|Trang nhất|Home)$/iu;

/**
 * A breadcrumb: "Trang chủ > Tin tức > Kinh tế", "Tin tức / Kinh tế / Đầu tư", "Trang chủ » Kinh tế". Each crumb
 * is a short section name, never a sentence or a figure; two crumbs are enough after "Trang chủ", otherwise it
 * takes three (so "Thái Nguyên / Chợ Mới" in a caption is kept). A "/" counts only with spaces around it:
 * "đồng/người/tháng" is a unit.
 */
function isBreadcrumb(line: string): boolean {
  const crumbs = line.split(/\s*[>»›]\s*|\s+\/\s+/u).filter((c) => c !== '');
  if (crumbs.length < 2) return false;
  const short = crumbs.every((c) => c.split(' ').length <= 5 && !/[\d.!?…:;,()]/u.test(c));
  return short && (crumbs.length >= 3 || HOME_CRUMB.test(crumbs[0]!));
}

/** "Nguồn : Cổng thông tin điện tử Tỉnh Bắc Kạn": the page's own credit line, kept as metadata. */
export const SOURCE_LINE = /^Nguồn\s*:\s*(.+)$/iu;

/** A dateline on its own line: "21/02/2022" or "14:27, 30/06/2021". */
export const DATE_LINE = /^(?:(\d{1,2}):(\d{2}),?\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})$/u;

export function isChrome(line: string): boolean {
  return CHROME_LINES.some((re) => re.test(line)) || isBreadcrumb(line);
}
