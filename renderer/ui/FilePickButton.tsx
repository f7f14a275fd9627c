/**
 * A real button that opens the file picker. A <label> around a hidden file input looks clickable
 * but is neither reachable with Tab nor announced as a button (found by the accessibility test).
 */
import { useRef, type ReactNode } from 'react';

export function FilePickButton(props: {
  children: ReactNode;
  /** File types offered; omitted when picking a folder. */
  accept?: string;
  multiple?: boolean;
  /** Pick a whole folder (every file under it, paths in webkitRelativePath). */
  directory?: boolean;
  disabled?: boolean;
  /** data-testid of the hidden input (tests hand it files) and of the button. */
  testId?: string;
  buttonTestId?: string;
  onFiles(files: File[]): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={props.disabled} onClick={() => input.current?.click()} data-testid={props.buttonTestId}>
        {props.children}
      </button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        multiple={props.multiple || props.directory}
        hidden
        data-testid={props.testId}
        disabled={props.disabled}
        {...(props.directory ? { webkitdirectory: '' } : {})}
        onChange={(e) => {
          // Copied out first: clearing the input empties its FileList, and picking the same
          // file again must still fire onChange.
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) props.onFiles(files);
        }}
      />
    </>
  );
}
