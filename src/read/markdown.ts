/**
 * Markdown → mdast with the extensions notes use: GFM (tables, task lists, autolinks),
 * YAML front matter, and HackMD/`:::` containers — only the container form of the
 * directive syntax, so `:dart:` and `10:00` in text stay text.
 */
import type { Root } from 'mdast'
import { directiveFromMarkdown } from 'mdast-util-directive'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { directive } from 'micromark-extension-directive'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import type { Construct, Extension } from 'micromark-util-types'

const COLON = 58

/** Only `:::name … :::` containers: the (concrete) container construct of `directive()`. */
function containerDirectivesOnly(): Extension {
  const flow = directive().flow?.[COLON]
  const constructs = (Array.isArray(flow) ? flow : flow ? [flow] : []) as Construct[]
  return { flow: { [COLON]: constructs.filter((c) => c.concrete === true) } }
}

const EXTENSIONS = [frontmatter(['yaml']), gfm(), containerDirectivesOnly()]
const MDAST_EXTENSIONS = [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown(), directiveFromMarkdown()]

/** Parses Markdown into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS })
}
