/** A small valid course manifest for tests; each call returns a fresh object to break. */
export function validManifest(): Record<string, any> {
  const hash = (n: number) => n.toString(16).padStart(64, '0');
  return {
    schema: 'naskah.course/1',
    id: 'org.example.course',
    version: '1.2.0',
    revision: 3,
    title: { en: 'A course', id: 'Sebuah kursus' },
    description: { en: 'About writing.', id: 'Tentang menulis.' },
    languages: ['en', 'id'],
    publisher: 'Example',
    license: 'CC BY 4.0',
    minAppVersion: '0.1.0',
    modules: [
      {
        id: 'm1',
        title: { en: 'One', id: 'Satu' },
        lessons: [{ id: 'l1', title: { en: 'L', id: 'M' }, file: { en: 'lessons/l1.en.md', id: 'lessons/l1.id.md' } }],
        exercises: [
          {
            id: 'e1',
            title: { en: 'E', id: 'L' },
            prompt: { en: 'Write **one** scene.', id: 'Tulis **satu** adegan.' },
            starter: 'starters/e1.fountain',
            due: '2025-09-30',
            completion: 'checks_passed',
            checks: [{ kind: 'pages', max: 3 }, { kind: 'int_and_ext' }],
            rubric: [{ id: 'clarity', label: { en: 'Clarity', id: 'Kejelasan' }, max: 5 }],
          },
        ],
      },
      {
        id: 'm2',
        title: { en: 'Two', id: 'Dua' },
        lessons: [{ id: 'l2', title: { en: 'L2', id: 'M2' }, file: { en: 'lessons/l2.en.md', id: 'lessons/l2.id.md' } }],
        exercises: [{ id: 'e2', title: { en: 'E2', id: 'L2' }, prompt: { en: 'Read.', id: 'Baca.' }, completion: 'viewed' }],
      },
    ],
    migrations: { 'old-lesson': 'l2' },
    files: [
      { path: 'lessons/l1.en.md', sha256: hash(1), size: 10 },
      { path: 'lessons/l1.id.md', sha256: hash(2), size: 11 },
      { path: 'lessons/l2.en.md', sha256: hash(3), size: 12 },
      { path: 'lessons/l2.id.md', sha256: hash(4), size: 13 },
      { path: 'starters/e1.fountain', sha256: hash(5), size: 14 },
      { path: 'images/cover.png', sha256: hash(6), size: 15 },
    ],
  };
}
