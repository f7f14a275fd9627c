/** locateJsonPath: a problem's JSON path → the line and column of that value in course.json. */
import { describe, expect, it } from 'vitest';
import { locateJsonPath } from '../../../shared/course/json-error.ts';

const text = `{
  "id": "org.x",
  "modules": [
    { "id": "m1" },
    {
      "id": "m2",
      "lessons": [ { "file": { "en": "a.md", "id": "b.md" } } ]
    }
  ]
}`;

describe('locateJsonPath', () => {
  it('finds nested object keys and array items', () => {
    expect(locateJsonPath(text, 'id')).toMatchObject({ line: 2, column: 3 });
    expect(locateJsonPath(text, 'modules[1].id')).toMatchObject({ line: 6, column: 7 });
    expect(locateJsonPath(text, 'modules[1].lessons[0].file.id')).toMatchObject({ line: 7, column: 46 });
  });

  it('falls back to the nearest existing parent for a missing field', () => {
    expect(locateJsonPath(text, 'modules[0].title')).toMatchObject({ line: 4, column: 5 });
    expect(locateJsonPath(text, 'nothing.here')).toMatchObject({ line: 1, column: 1 });
  });
});
