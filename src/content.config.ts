/** The collections: each wired to its loader and its schema (src/schemas/), nothing else. */
import { defineCollection } from 'astro:content';
import { config } from './config.ts';
import { articlesLoader } from './loaders/articles.ts';
import { narrativesLoader } from './loaders/narratives.ts';
import { yamlFolderLoader } from './loaders/yaml-folder.ts';
import { yamlListLoader } from './loaders/yaml-list.ts';
import { articleSchema } from './schemas/article.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { narrativeSchema } from './schemas/narrative.ts';
import { provinceSchema } from './schemas/province.ts';
import { sectorSchema } from './schemas/sector.ts';
import { zoneSchema } from './schemas/zone.ts';

const content = config.contentDir.startsWith('/') ? config.contentDir : `./${config.contentDir}`;

export const collections = {
  articles: defineCollection({ loader: articlesLoader(config.seedsDir), schema: articleSchema }),
  zones: defineCollection({ loader: yamlFolderLoader(`${content}/zones`), schema: zoneSchema }),
  provinces: defineCollection({ loader: yamlFolderLoader(`${content}/provinces`), schema: provinceSchema }),
  sectors: defineCollection({ loader: yamlListLoader(`${content}/sectors.yaml`), schema: sectorSchema }),
  glossary: defineCollection({ loader: yamlListLoader(`${content}/glossary.yaml`), schema: glossarySchema }),
  // <owner id>/<vi|en>.mdx, parsed by the loader (not compiled by MDX); what the prose says is checked by verifySite.
  narratives: defineCollection({ loader: narrativesLoader(`${content}/narratives`), schema: narrativeSchema }),
};
