/**
 * A confirmation for what cannot be undone, as a native modal <dialog>: the browser keeps focus
 * inside it and Escape cancels. Cancel comes first and takes the focus, so Enter alone never
 * confirms the destructive choice.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import './confirm-dialog.css';

export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
  busy?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="confirm-dialog-title"
      data-testid={props.testId ?? 'confirm-dialog'}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="confirm-dialog-title">{props.title}</h2>
      <div className="confirm-dialog-body">{props.children}</div>
      <div className="row confirm-dialog-actions">
        <button type="button" ref={cancelRef} onClick={props.onCancel} data-testid="confirm-cancel">
          {props.cancelLabel}
        </button>
        <button type="button" className="danger-solid" onClick={props.onConfirm} disabled={props.busy} data-testid="confirm-accept">
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
