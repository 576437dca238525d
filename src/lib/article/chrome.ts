/**
 * Page chrome that news CMSs leave in copied text: player timers, toolbars, widget headings, portal block
 * names. These are general rules about how such pages look, not patches for particular files.
 */
export const CHROME_LINES: readonly RegExp[] = [
  /^\d{1,2}:\d{2}(\s*\/\s*\d{1,2}:\d{2})?$/u, // media player "0:00 / 0:00"
  /^PublishingPortal\b/iu, // SharePoint portal block names
  /^(Tăng|Giảm) cỡ chữ/iu, // font-size toolbar
  /^(Xem thêm|Đọc thêm|Bài viết mới|Tin bài cùng chuyên mục|Tin liên quan|Tin cùng chuyên mục|Ý kiến bạn đọc|Bình luận|Chia sẻ|In bài|Gửi bài viết)$/iu,
  /^(Translate|Language|Skip to content|Share|Print|Comments?)\s*:?$/iu,
  /^\|$/u,
];

/** "Nguồn : Cổng thông tin điện tử Tỉnh Bắc Kạn": the page's own credit line, kept as metadata. */
export const SOURCE_LINE = /^Nguồn\s*:\s*(.+)$/iu;

/** A dateline on its own line: "21/02/2022" or "14:27, 30/06/2021". */
export const DATE_LINE = /^(?:(\d{1,2}):(\d{2}),?\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})$/u;

export function isChrome(line: string): boolean {
  return CHROME_LINES.some((re) => re.test(line));
}
