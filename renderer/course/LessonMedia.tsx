/**
 * A lesson's video or audio, played by the browser's own player straight from the pack (the
 * hosts serve `/media/<pack>/<path>` with Range, so it streams and seeks offline), with one
 * WebVTT subtitle track per language the lesson has — the UI language's shown by default.
 */
import { useTranslation } from 'react-i18next';
import type { LessonMedia as Media } from '../../shared/course/manifest-schema.ts';
import { mediaTypeOf } from '../../shared/course/media/kinds.ts';
import { mediaUrl } from '../../shared/course/media/range.ts';
import { uiLanguage } from '../i18n/index.ts';

export function LessonMedia({ packId, media, title }: { packId: string; media: Media; title: string }) {
  const { t, i18n } = useTranslation('media');
  const lang = uiLanguage(i18n.language);
  const tracks = Object.entries(media.subtitles ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
  // The UI language's subtitles, else English's, are on from the start; the player's menu switches.
  const shown = tracks.some(([l]) => l === lang) ? lang : tracks.some(([l]) => l === 'en') ? 'en' : tracks[0]?.[0];
  const children = tracks.map(([l, file]) => <track key={l} kind="subtitles" srcLang={l} label={t(`languages.${l}`, { defaultValue: l })} src={mediaUrl(packId, file)} default={l === shown} />);
  const video = mediaTypeOf(media.file)?.kind === 'video';
  return (
    <figure className="lesson-media">
      {video ? (
        <video controls preload="metadata" src={mediaUrl(packId, media.file)} aria-label={`${t('video')}: ${title}`} data-testid="lesson-video">
          {children}
        </video>
      ) : (
        <audio controls preload="metadata" src={mediaUrl(packId, media.file)} aria-label={`${t('audio')}: ${title}`} data-testid="lesson-audio">
          {children}
        </audio>
      )}
    </figure>
  );
}
