/** The console's page: its styles and the bundle (/console/app.js). */
export const CONSOLE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>共营 local cloud · console</title>
<link rel="icon" href="data:,">
<style>
:root {
  --bg: #f6f7f9; --panel: #fff; --line: #e3e6eb; --text: #1d2330; --muted: #6b7280;
  --accent: #0f766e; --accent-soft: #e6f4f2; --danger: #b42318; --danger-soft: #fdecea; --ok: #1a7f37;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: var(--text); background: var(--bg); }
#root { height: 100%; }
.shell { display: grid; grid-template-columns: 200px 1fr; height: 100%; }
.side { background: #111827; color: #d1d5db; padding: 16px 0; display: flex; flex-direction: column; }
.brand { padding: 0 18px 16px; font-weight: 600; color: #fff; font-size: 15px; }
.brand small { display: block; color: #9ca3af; font-weight: 400; font-size: 12px; }
.side button { all: unset; cursor: pointer; padding: 8px 18px; display: block; }
.side button:hover { background: #1f2937; }
.side button.on { background: #0f766e; color: #fff; }
.side .foot { margin-top: auto; padding: 12px 18px; font-size: 12px; color: #9ca3af; }
.side .foot a { color: #9ca3af; }
main { overflow: auto; padding: 20px 24px 40px; min-width: 0; }
h1 { font-size: 20px; margin: 0 0 14px; font-weight: 600; }
h2 { font-size: 15px; margin: 22px 0 8px; font-weight: 600; }
.muted { color: var(--muted); }
.mono, code, td.mono { font-family: var(--mono); font-size: 12.5px; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.grow { flex: 1; min-width: 0; }
button.btn { white-space: nowrap; font: inherit; border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 5px 12px; cursor: pointer; color: var(--text); }
button.btn:hover { border-color: #c4c9d2; }
button.btn:disabled { opacity: .5; cursor: default; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.primary:hover { background: #0b5f59; }
button.danger { color: var(--danger); border-color: #f1c4bf; }
button.danger.solid { background: var(--danger); color: #fff; border-color: var(--danger); }
input.text, select { font: inherit; border: 1px solid var(--line); border-radius: 6px; padding: 5px 8px; background: #fff; }
input.text.mono { font-family: var(--mono); font-size: 12.5px; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: middle; }
th { white-space: nowrap; font-weight: 600; color: var(--muted); font-size: 12px; background: #fafbfc; position: sticky; top: 0; }
tr.click { cursor: pointer; }
tr.click:hover td { background: #f3f7f7; }
tr.sel td { background: var(--accent-soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.error { background: var(--danger-soft); color: var(--danger); border: 1px solid #f1c4bf; border-radius: 6px; padding: 8px 12px; margin: 8px 0; white-space: pre-wrap; }
.error b { font-family: var(--mono); font-weight: 600; margin-right: 6px; }
.notice { background: var(--accent-soft); color: #0b5f59; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.pill { display: inline-block; border-radius: 999px; padding: 0 8px; font-size: 12px; background: #eef0f3; color: #374151; margin: 1px 4px 1px 0; white-space: nowrap; }
.pill.ok { background: #e7f5ec; color: var(--ok); }
.pill.bad { background: var(--danger-soft); color: var(--danger); }
.pill.accent { background: var(--accent-soft); color: #0b5f59; }
.data { display: grid; grid-template-columns: 220px 1fr; gap: 16px; align-items: start; }
.colls { max-height: calc(100vh - 120px); overflow: auto; }
.colls button { all: unset; box-sizing: border-box; display: flex; width: 100%; padding: 5px 10px; cursor: pointer; font-family: var(--mono); font-size: 12.5px; }
.colls button:hover { background: #f3f7f7; }
.colls button.on { background: var(--accent-soft); color: #0b5f59; font-weight: 600; }
.colls button span:last-child { margin-left: auto; color: var(--muted); }
.editor { width: 100%; min-height: 340px; font-family: var(--mono); font-size: 12.5px; line-height: 1.5; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: #fbfcfd; color: #111827; resize: vertical; tab-size: 2; white-space: pre; }
.editor.invalid { border-color: var(--danger); background: #fffafa; }
.editor:focus, input.text:focus { outline: 2px solid #99d5cf; outline-offset: -1px; }
.cell { max-width: 280px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.pad { padding: 12px 14px; }
.stack { white-space: pre-wrap; font-family: var(--mono); font-size: 12px; background: #fbfcfd; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; margin: 4px 0 0; max-height: 260px; overflow: auto; }
.files { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; }
.file { padding: 8px; }
.file .thumb { height: 120px; display: flex; align-items: center; justify-content: center; background: #f1f3f6; border-radius: 4px; overflow: hidden; }
.file img { max-width: 100%; max-height: 120px; object-fit: contain; }
.file .name { font-family: var(--mono); font-size: 11.5px; word-break: break-all; margin-top: 6px; }
.avatar { width: 26px; height: 26px; border-radius: 50%; object-fit: cover; vertical-align: middle; background: #eee; }
.big-time { font-size: 32px; font-weight: 600; font-variant-numeric: tabular-nums; }
.modal-back { position: fixed; inset: 0; background: rgba(17,24,39,.35); display: flex; align-items: center; justify-content: center; z-index: 10; }
.modal { background: #fff; border-radius: 10px; padding: 18px 20px; width: 420px; box-shadow: 0 10px 30px rgba(0,0,0,.2); }
.modal h3 { margin: 0 0 8px; font-size: 16px; }
.kv { display: grid; grid-template-columns: 160px 1fr; gap: 4px 12px; }
.nowrap { white-space: nowrap; }
.snapshot { display: flex; gap: 8px; align-items: center; padding: 8px 12px; margin-bottom: 14px; }
</style>
</head>
<body>
<div id="root"><p style="padding:20px;font-family:sans-serif">Loading the console…</p></div>
<script src="/console/app.js" onerror="fetch('/console/app.js').then(function(r){return r.text()}).then(function(t){document.getElementById('root').innerHTML='<pre style=&quot;padding:20px;color:#b42318;white-space:pre-wrap&quot;></pre>';document.querySelector('#root pre').textContent='The console could not load: '+t})"></script>
</body>
</html>
`;
