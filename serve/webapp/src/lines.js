// Lines of the text area: dagang counts lines from 1, a line ending at
// \n, \r\n or a lone \r; a text area holds \n only.

// lineRange is the [start, end) of line n (1-based) in text, end before
// the line break.
export function lineRange(text, n) {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return [text.length, text.length];
    start = nl + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return [start, end];
}

// selectLine selects line n of the text area and scrolls it into view:
// the height of the text before it is measured in a copy of the text
// area's box, since wrapped lines make it more than n line heights.
export function selectLine(area, n) {
  const [start, end] = lineRange(area.value, n);
  area.focus({ preventScroll: true });
  area.setSelectionRange(start, end);
  const mirror = document.createElement('div');
  const cs = getComputedStyle(area);
  for (const p of ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'paddingTop',
    'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth',
    'borderLeftWidth', 'boxSizing', 'whiteSpace', 'wordBreak', 'overflowWrap', 'tabSize']) {
    mirror.style[p] = cs[p];
  }
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.style.top = '0';
  mirror.style.left = '-9999px';
  mirror.style.width = area.clientWidth + 'px';
  mirror.style.whiteSpace = 'pre-wrap';
  mirror.textContent = area.value.slice(0, start) + '\u200b';
  document.body.appendChild(mirror);
  const top = mirror.scrollHeight;
  mirror.remove();
  const lineHeight = parseFloat(cs.lineHeight) || 24;
  area.scrollTop = Math.max(0, top - area.clientHeight / 3 - lineHeight);
}
