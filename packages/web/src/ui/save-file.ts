/** Hands the browser a file to keep (it lands in the person's downloads); nothing is sent anywhere. */
export const saveFile = (name: string, type: string, data: BlobPart): void => {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  // Revoked once the download has surely started; a large file may take a moment to hand over.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
