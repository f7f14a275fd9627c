/**
 * The Reports view of a script: pages, runtime, scenes by INT/EXT and time of day, locations, and
 * a sortable character table, all from the shared scriptStats on the saved draft, so the numbers
 * are the ones `naskah stats` prints. From here a character's sides are exported (text or PDF), the
 * tables as CSV, and the report printed (ReportActions.tsx).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paper } from '../../shared/screenplay/layout/profiles.ts';
import { printProfile } from '../../shared/screenplay/layout/print-profile.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { scriptStats, type ScriptStats } from '../../shared/screenplay/stats.ts';
import { CharacterTable } from './CharacterTable.tsx';
import { dayNight, lightOf, LIGHTS } from './day-night.ts';
import { ReportActions } from './ReportActions.tsx';
import { SidesExport } from './SidesExport.tsx';
import './reports.css';

export interface ReportsViewProps {
  scriptId: string;
  paper: Paper;
  /** The saved draft (the caller flushes autosave first). */
  load: () => Promise<Screenplay>;
  /** Makes sure the draft the sides are cut from is saved. */
  flush: () => Promise<void>;
  onError: (err: unknown) => void;
  onClose: () => void;
}

function Figure({ label, value, testId }: { label: string; value: string | number; testId: string }) {
  return (
    <div className="report-figure">
      <span className="report-figure-value" data-testid={testId}>
        {value}
      </span>
      <span className="report-figure-label">{label}</span>
    </div>
  );
}

export function ReportsView({ scriptId, paper, load, flush, onError, onClose }: ReportsViewProps) {
  const { t } = useTranslation('reports');
  const [stats, setStats] = useState<ScriptStats | null>(null);

  useEffect(() => {
    let alive = true;
    load().then(
      (script) => alive && setStats(scriptStats(script, printProfile(paper, script.layout))),
      (err) => {
        onError(err);
        onClose();
      },
    );
    return () => {
      alive = false;
    };
  // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once per script and paper; a new onError/onClose from a re-render must not load again
  }, [load, paper]);

  // Escape closes from anywhere: focus may have left the dialog (a busy button gets disabled).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const light = useMemo(() => (stats ? dayNight(stats.timesOfDay, stats.scenes) : null), [stats]);
  const times = useMemo(() => (stats ? Object.entries(stats.timesOfDay).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) : []), [stats]);
  const runtime = (m: number) => (m < 60 ? t('minutes', { count: m }) : t('hoursMinutes', { h: Math.floor(m / 60), m: m % 60 }));

  return (
    <div className="reports-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section
        className="reports"
        role="dialog"
        aria-modal="true"
        aria-labelledby="reports-title"
        data-testid="reports"
      >
        <header className="reports-head">
          <h2 id="reports-title">{t('title')}</h2>
          <span className="muted">{t('paperNote', { paper: t(`paper.${paper}`) })}</span>
          <span className="spacer" />
          <button type="button" onClick={onClose} data-testid="close-reports" autoFocus>
            {t('close')}
          </button>
        </header>
        {!stats || !light ? (
          <p className="muted" role="status">
            {t('loading')}
          </p>
        ) : (
          <>
            <div className="report-figures">
              <Figure label={t('pages')} value={stats.pages} testId="report-pages" />
              <Figure label={t('runtime')} value={runtime(stats.runtimeMinutes)} testId="report-runtime" />
              <Figure label={t('scenes')} value={stats.scenes} testId="report-scenes" />
              <Figure label={t('words')} value={stats.words} testId="report-words" />
              <Figure label={t('dialogueWords')} value={stats.dialogueWords} testId="report-dialogue-words" />
            </div>
            <ReportActions stats={stats} />
            <div className="reports-body">
              <div className="reports-column">
                <h3>{t('scenesBy')}</h3>
                <table className="report-table compact" data-testid="report-settings">
                  <tbody>
                    <tr data-key="int">
                      <th scope="row">{t('setting.int')}</th>
                      <td>{stats.interior}</td>
                    </tr>
                    <tr data-key="ext">
                      <th scope="row">{t('setting.ext')}</th>
                      <td>{stats.exterior}</td>
                    </tr>
                    <tr data-key="both">
                      <th scope="row">{t('setting.both')}</th>
                      <td>{stats.both}</td>
                    </tr>
                    {stats.scenes - stats.interior - stats.exterior - stats.both > 0 && (
                      <tr data-key="other">
                        <th scope="row">{t('setting.other')}</th>
                        <td>{stats.scenes - stats.interior - stats.exterior - stats.both}</td>
                      </tr>
                    )}
                  </tbody>
                </table>
                <p className="day-night" data-testid="report-day-night">
                  {LIGHTS.filter((l) => l === 'day' || l === 'night' || l === 'other' || light[l] > 0)
                    .map((l) => t('lightCount', { light: t(`light.${l}`), count: light[l] }))
                    .join(' · ')}
                </p>
                {times.length > 0 && (
                  <table className="report-table compact">
                    <thead>
                      <tr>
                        <th scope="col">{t('timeOfDay')}</th>
                        <th scope="col">{t('sceneCount')}</th>
                        <th scope="col" className="light">{t('lightOfTime')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {times.map(([time, n]) => (
                        <tr key={time} data-testid="report-time" data-name={time} data-light={lightOf(time)}>
                          <td>{time}</td>
                          <td>{n}</td>
                          <td className="light">{t(`light.${lightOf(time)}`)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <h3>{t('locations', { count: stats.locations.length })}</h3>
                {stats.locations.length === 0 ? (
                  <p className="muted">{t('noLocations')}</p>
                ) : (
                  <table className="report-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('location')}</th>
                        <th scope="col">{t('sceneCount')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {stats.locations.map((l) => (
                        <tr key={l.name} data-testid="report-location" data-name={l.name}>
                          <td>{l.name}</td>
                          <td>{l.scenes}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
              <div className="reports-column wide">
                <h3>{t('characters', { count: stats.characters.length })}</h3>
                {stats.characters.length === 0 ? (
                  <p className="muted">{t('noCharacters')}</p>
                ) : (
                  <>
                    <CharacterTable characters={stats.characters} />
                    <SidesExport scriptId={scriptId} paper={paper} names={stats.characters.map((c) => c.name)} flush={flush} onError={onError} />
                  </>
                )}
              </div>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
