import { useEffect } from "react";

/** A short message with one action (like Undo) that goes away by itself. */
export const Toast = ({
  message,
  action,
  onAction,
  onClose,
}: {
  message: string;
  action: string;
  onAction: () => void;
  onClose: () => void;
}) => {
  useEffect(() => {
    const timer = window.setTimeout(onClose, 10_000);
    return () => window.clearTimeout(timer);
  }, [onClose]);
  return (
    <div className="toast" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" className="link-button" onClick={onAction}>
        {action}
      </button>
    </div>
  );
};
