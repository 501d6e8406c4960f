/** Mermaid charts as fenced Markdown blocks, the way GitHub renders them. */

/** The charts as ```` ```mermaid ```` blocks separated by blank lines. */
export function fencedMermaid(charts: readonly string[]): string {
  return charts.map((chart) => `\`\`\`mermaid\n${chart.endsWith('\n') ? chart : `${chart}\n`}\`\`\`\n`).join('\n')
}
