/** What a run changed in the index: files added, changed (other content) and removed, by path. */
import { indexChanges } from '../../src/report/index-changes.js'

test('files by path and content: added, changed and removed, each sorted; the same file is none', () => {
  const before = [
    { path: 'same.ts', sha256: 'a' },
    { path: 'edited.ts', sha256: 'b' },
    { path: 'z-gone.ts', sha256: 'c' },
    { path: 'a-gone.ts', sha256: 'd' }
  ]
  const after = [
    { path: 'same.ts', sha256: 'a' },
    { path: 'edited.ts', sha256: 'B' },
    { path: 'new-2.ts', sha256: 'e' },
    { path: 'new-1.ts', sha256: 'c' }
  ]
  expect(indexChanges(before, after)).toEqual({
    added: ['new-1.ts', 'new-2.ts'],
    changed: ['edited.ts'],
    removed: ['a-gone.ts', 'z-gone.ts']
  })
  expect(indexChanges(after, after)).toEqual({ added: [], changed: [], removed: [] })
})
