// Process-wide "stop starting things" switch, set by the tier's Ctrl-C handler. Runs in flight
// check it before creating an account or starting a server, fail, and clean up in their finally.
let aborting = false;

export function setAborting() {
  aborting = true;
}

export function checkAborting() {
  if (aborting) throw new Error('interrupted');
}

export function isAborting() {
  return aborting;
}
