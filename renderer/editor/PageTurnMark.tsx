/**
 * A page turn inside a block (page-turns.ts): the foot of the sheet with its (MORE), the gap
 * between sheets, the next page's number and its "NAME (CONT'D)", all where the PDF prints them.
 * It carries `data-page` (contract 4) when the page starts inside the block's text; at the text's
 * start the block itself does. Non-editable, and its words are generated content (editor.css draws `data-text`), so they are
 * not in the block's text: nothing of them is typed into, selected, copied or saved.
 */
import { memo, type CSSProperties } from 'react';
import type { PageTurn } from './page-marks.ts';

export const PageTurnMark = memo(function PageTurnMark({ turn }: { turn: PageTurn }) {
  const style = { '--rest': turn.rest, '--head': turn.head } as CSSProperties;
  return (
    <span className="page-turn" contentEditable={false} data-page={turn.offset > 0 ? turn.page : undefined} style={style}>
      {turn.more && <span className="turn-more" data-text={turn.more.text} style={{ left: `${turn.more.x}in`, '--y': turn.more.y } as CSSProperties} />}
      {turn.label && <span className="turn-number" data-text={turn.label} />}
      {turn.contd.map((l, i) => (
        <span key={i} className="turn-contd" data-text={l.text} style={{ left: `${l.x}in`, '--y': l.y } as CSSProperties} />
      ))}
    </span>
  );
});
