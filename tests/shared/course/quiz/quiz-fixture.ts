/** A quiz with one question of every kind, as course.json would hold it (fresh object per call). */
export function quizJson(): Record<string, any> {
  const t = (en: string, id: string) => ({ en, id });
  return {
    passMark: 70,
    attempts: 3,
    shuffle: { questions: true, options: true },
    questions: [
      {
        kind: 'single',
        id: 'q-single',
        prompt: t('Which element opens a scene?', 'Elemen apa yang membuka adegan?'),
        options: [
          { id: 'heading', text: t('Scene heading', 'Judul adegan'), correct: true },
          { id: 'action', text: t('Action', 'Aksi'), feedback: t('Action follows the heading.', 'Aksi mengikuti judul adegan.') },
          { id: 'cue', text: t('Character cue', 'Nama tokoh') },
        ],
      },
      {
        kind: 'multiple',
        id: 'q-multi',
        prompt: t('Which are times of day?', 'Mana yang keterangan waktu?'),
        options: [
          { id: 'pagi', text: t('PAGI', 'PAGI'), correct: true },
          { id: 'malam', text: t('MALAM', 'MALAM'), correct: true },
          { id: 'int', text: t('INT.', 'INT.') },
        ],
      },
      { kind: 'true_false', id: 'q-tf', prompt: t('A page is about a minute.', 'Satu halaman kira-kira satu menit.'), answer: true, feedback: { incorrect: t('It is, roughly.', 'Ya, kira-kira.') } },
      { kind: 'short_text', id: 'q-text', prompt: t('Name the typeface.', 'Sebutkan jenis hurufnya.'), accepted: ['Courier', 'Courier Prime'] },
      { kind: 'numeric', id: 'q-num', prompt: t('Pages for a 90-minute film?', 'Halaman untuk film 90 menit?'), answer: 90, tolerance: 5, points: 2 },
      {
        kind: 'ordering',
        id: 'q-order',
        prompt: t('Put in order.', 'Urutkan.'),
        items: [
          { id: 'fade-in', text: t('FADE IN:', 'FADE IN:') },
          { id: 'heading', text: t('Scene heading', 'Judul adegan') },
          { id: 'fade-out', text: t('FADE OUT.', 'FADE OUT.') },
        ],
      },
    ],
  };
}
