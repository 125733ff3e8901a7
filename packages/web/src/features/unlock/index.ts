// The public entry of this feature: what the shell and other features may use.
export { CreateVault } from "./create-vault.tsx";
export { Recover } from "./recover.tsx";
export { RecoveryKit } from "./recovery-kit.tsx";
export { Restore } from "./restore.tsx";
export { SignIn } from "./sign-in.tsx";
export { Unlock } from "./unlock.tsx";
export { Welcome } from "./welcome.tsx";
export { useNewPassphrase } from "./new-passphrase.tsx";
export { words } from "./strings.ts";
