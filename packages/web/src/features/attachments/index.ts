// The public entry of this feature: what the shell and other features may use.
export { AttachmentScreen } from "./attachment.tsx";
export { Attachments } from "./attachments.tsx";
