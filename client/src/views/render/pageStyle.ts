// The views' CSS. Colours come only from the theme's variables (VS Code sets them on the webview's
// <html>), so light, dark and high-contrast themes all work; agreement is also told by shape and
// line style, never by colour alone.
export const PAGE_STYLE = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-editor-foreground);
  background: var(--vscode-editor-background); margin: 0; padding: 12px 20px 32px; }
h1 { font-size: 1.35em; font-weight: 600; margin: 0 0 2px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 20px 0 4px; }
.subtitle, .note, caption { color: var(--vscode-descriptionForeground); }
.subtitle { margin: 0 0 10px; }
caption { text-align: left; padding: 2px 0 6px; }
code { font-family: var(--vscode-editor-font-family); }
.message { margin: 16px 0; padding: 10px 14px; border: 1px solid var(--vscode-editorWidget-border);
  border-left: 4px solid var(--vscode-focusBorder); background: var(--vscode-editorWidget-background); }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; margin: 4px 0 8px; }
button.link, .linkish { background: none; border: none; padding: 0; font: inherit; color: var(--vscode-textLink-foreground);
  cursor: pointer; text-decoration: underline; }
select { font: inherit; color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background);
  border: 1px solid var(--vscode-dropdown-border); padding: 2px 4px; }
:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }

svg { overflow: visible; }
svg.chart { display: block; width: 100%; max-width: 1100px; height: auto; }
svg text { fill: var(--vscode-descriptionForeground); font-size: 11px; font-family: var(--vscode-font-family); }
.axis-line { stroke: var(--vscode-editorWidget-border); stroke-width: 1; }
.grid-line { stroke: var(--vscode-editorWidget-border); stroke-width: 1; stroke-dasharray: 2 4; opacity: 0.6; }
.step-line { stroke: var(--vscode-charts-blue); stroke-width: 2.5; fill: none; }
.value-mark .shape { fill: var(--vscode-charts-blue); stroke: var(--vscode-editor-background); stroke-width: 1; }

.agrees { --mark: var(--vscode-charts-green); }
.disagrees { --mark: var(--vscode-charts-red); }
.no-value { --mark: var(--vscode-charts-yellow); }
.undated { --mark: var(--vscode-descriptionForeground); }
.neutral { --mark: var(--vscode-editor-foreground); }
.mention .bar, .mention .cap, .mention .date-span { stroke: var(--mark); stroke-width: 2; fill: none; }
.mention .date-span { stroke-width: 1; opacity: 0.7; }
.mention.disagrees .bar { stroke-width: 3; }
.mention.no-value .bar { stroke-dasharray: 5 3; }
.mention .bar.open-end { stroke-dasharray: 1 3; stroke-width: 2; }
.mention .arrow, .mention .shape { fill: var(--mark); stroke: var(--mark); }
.mention .shape.hollow, .mention .cap.exclusive { fill: var(--vscode-editor-background); stroke: var(--mark); stroke-width: 2; }

.mark { cursor: pointer; outline: none; }
.mark .hit { stroke: transparent; fill: transparent; stroke-width: 10; }
.date-mark .hit { stroke: none; }
.mark .ring { fill: none; stroke: none; }
.mark:focus-visible .ring, .mark:hover .ring, .mark.linked .ring { stroke: var(--vscode-focusBorder); stroke-width: 2; }

.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 6px 0 4px; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 6px; }
.legend svg { width: 28px; height: 18px; }

table { border-collapse: collapse; width: 100%; max-width: 1100px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border); vertical-align: top; }
th { font-weight: 600; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
tr[data-uri] { cursor: pointer; }
tr[data-uri]:hover, tr.linked { background: var(--vscode-list-hoverBackground); }
tr[data-uri]:focus-visible { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
.glyph { display: inline-block; width: 1.2em; text-align: center; color: var(--mark); }

.lanes { max-width: 1100px; }
.lane { display: grid; grid-template-columns: minmax(120px, 28%) 1fr; align-items: center; border-bottom: 1px solid var(--vscode-editorWidget-border); }
.lane-label { padding: 3px 8px 3px 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.lane-label .published { color: var(--vscode-descriptionForeground); font-size: 0.9em; margin-left: 6px; }
.lane svg, .axis-row svg { display: block; width: 100%; height: 26px; }
.axis-row { display: grid; grid-template-columns: minmax(120px, 28%) 1fr; }
.axis-row svg { height: 20px; }
.prec-day { --mark: var(--vscode-charts-blue); }
.prec-week { --mark: var(--vscode-charts-purple); }
.prec-month { --mark: var(--vscode-charts-orange); }
.prec-year { --mark: var(--vscode-charts-yellow); }
.date-mark .shape, .date-mark .span { fill: var(--mark); stroke: var(--mark); stroke-width: 1.5; }
.date-mark .span { fill-opacity: 0.35; }
.date-mark.relative .shape { fill: var(--vscode-editor-background); stroke-width: 2; }
.published-tick { stroke: var(--vscode-editor-foreground); stroke-width: 1; stroke-dasharray: 2 2; opacity: 0.7; }

#tip { position: fixed; display: none; z-index: 10; pointer-events: none; max-width: 380px; padding: 4px 8px;
  background: var(--vscode-editorHoverWidget-background); color: var(--vscode-editorHoverWidget-foreground);
  border: 1px solid var(--vscode-editorHoverWidget-border); }
#tip.shown { display: block; }
.filtered-out { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

body.vscode-high-contrast .mention .bar, body.vscode-high-contrast .step-line { stroke-width: 3; }
body.vscode-high-contrast th, body.vscode-high-contrast td, body.vscode-high-contrast .lane { border-color: var(--vscode-contrastBorder); }
`;
