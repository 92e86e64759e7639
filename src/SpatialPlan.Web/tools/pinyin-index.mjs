// Writes the pinyin of every Chinese name (name_zh and aliases) in the geodata, so the server's place search finds
// "zhongxinqu", "zxq" or "lingkundao" without a pinyin library of its own. Run by the build (SpatialPlan.Web.csproj)
// with pinyin-pro from package-lock.json:
//   node tools/pinyin-index.mjs <geodata folder> <output json>
// Output: { "<name>": { "full": "zhongxinqu", "initials": "zxq" } }, names sorted, so the file is deterministic.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { customPinyin, pinyin } from 'pinyin-pro';

const [geodata, output] = process.argv.slice(2);
if (!geodata || !output) throw new Error('usage: node tools/pinyin-index.mjs <geodata folder> <output json>');

// Place names whose reading differs from the characters' usual one (乐 is yuè in 乐清).
customPinyin({ 乐清: 'yuè qīng', 翁垟: 'wēng yáng', 七里港: 'qī lǐ gǎng' });

const CJK = /[\u3400-\u9fff]/u;
const names = new Set();
for (const file of readdirSync(geodata).filter(f => f.endsWith('.geojson')).sort()) {
  for (const feature of JSON.parse(readFileSync(join(geodata, file), 'utf8')).features) {
    const p = feature.properties ?? {};
    for (const name of [p.name_zh, ...(Array.isArray(p.aliases) ? p.aliases : [])]) {
      if (typeof name === 'string' && CJK.test(name)) names.add(name);
    }
  }
}

const index = {};
for (const name of [...names].sort()) {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed', v: true });
  const clean = syllables.map(s => s.toLowerCase().replace(/[^a-z]/g, '')).filter(s => s.length > 0);
  index[name] = { full: clean.join(''), initials: clean.map(s => s[0]).join('') };
}
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify(index, null, 1) + '\n');
console.log(`pinyin index: ${Object.keys(index).length} names → ${output}`);
