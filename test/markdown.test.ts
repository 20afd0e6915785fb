import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkdown, markdownTable } from '../lib/markdown';

test('untrusted text cannot open HTML, links or table cells in a summary', () => {
  assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert(1)&gt;');
  assert.equal(escapeMarkdown('[click](https://evil.example)'), '\\[click\\](https://evil.example)');
  assert.equal(escapeMarkdown('a | b\nc'), 'a \\| b c');
  assert.equal(escapeMarkdown('O(n^2) **bold** `code`'), 'O(n^2) \\*\\*bold\\*\\* \\`code\\`');
  assert.equal(markdownTable(['rule', 'n'], [['no-|pipe', 2], [{ md: '**trusted**' }, 1]]), '| rule | n |\n|---|---|\n| no-\\|pipe | 2 |\n| **trusted** | 1 |');
});
