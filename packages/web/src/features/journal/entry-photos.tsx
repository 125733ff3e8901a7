import { MAX_PHOTOS, type Photo, PHOTO_EXTENSIONS, PHOTO_TYPES, type PhotoType } from "@inward/core/page";
import { useEffect, useId, useRef, useState } from "react";
import { describeError } from "../../ui/errors.ts";
import { saveFile } from "../../ui/save-file.ts";
import type { VaultClient } from "../../vault/client.ts";
import { t } from "./strings.ts";

type Props = { client: VaultClient; photos: readonly Photo[]; onChange: (photos: Photo[]) => void };

const isPhotoType = (type: string): type is PhotoType => (PHOTO_TYPES as readonly string[]).includes(type);

type Shown =
  | { state: "opening" }
  | { state: "shown"; url: string; bytes: Uint8Array }
  | { state: "not-here" }
  | { state: "cannot-show"; bytes: Uint8Array };

/** One photo: opened in the vault worker (fetched from the server first when this device has not got it yet). */
const OnePhoto = ({ client, photo, index, onRemove }: { client: VaultClient; photo: Photo; index: number; onRemove: () => void }) => {
  const [shown, setShown] = useState<Shown>({ state: "opening" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let url: string | undefined;
    let live = true;
    setShown({ state: "opening" });
    void client
      .photo(photo.id)
      .then((bytes) => {
        if (!live) return;
        if (bytes === null) return setShown({ state: "not-here" });
        url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: photo.type }));
        setShown({ state: "shown", url, bytes });
      })
      .catch(() => live && setShown({ state: "not-here" }));
    return () => {
      live = false;
      if (url !== undefined) URL.revokeObjectURL(url);
    };
  }, [client, photo.id, photo.type, attempt]);

  const label = t.photos.label(index + 1);
  const save = (bytes: Uint8Array) => saveFile(`photo-${index + 1}.${PHOTO_EXTENSIONS[photo.type]}`, photo.type, bytes as BlobPart);
  return (
    <li className="entry-photo">
      <figure>
        {shown.state === "shown" ? (
          <img
            src={shown.url}
            alt={label}
            width={photo.width ?? undefined}
            height={photo.height ?? undefined}
            onError={() => setShown({ state: "cannot-show", bytes: shown.bytes })}
          />
        ) : (
          <div className="entry-photo-empty" aria-busy={shown.state === "opening"}>
            {shown.state === "opening" ? t.photos.opening : shown.state === "not-here" ? t.photos.notHere : t.photos.cannotShow}
          </div>
        )}
        <figcaption className="row wrap">
          {shown.state === "not-here" && (
            <button type="button" className="link-button" onClick={() => setAttempt((n) => n + 1)}>
              {t.photos.tryAgain}
            </button>
          )}
          {(shown.state === "shown" || shown.state === "cannot-show") && (
            <button type="button" className="link-button" onClick={() => save(shown.bytes)}>
              {t.photos.save(label)}
            </button>
          )}
          <button type="button" className="quiet-danger" onClick={onRemove}>
            {t.photos.remove(label)}
          </button>
        </figcaption>
      </figure>
    </li>
  );
};

/** An entry's photos: shown, saved, removed, and new ones added (sealed on this device before anything else). */
export const EntryPhotos = ({ client, photos, onChange }: Props) => {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const add = async (files: File[]) => {
    setError(undefined);
    setAdding(true);
    const added: Photo[] = [];
    try {
      for (const file of files.slice(0, MAX_PHOTOS - photos.length)) {
        if (!isPhotoType(file.type)) {
          setError(t.photos.notAPhoto(file.name));
          continue;
        }
        added.push(await client.addPhoto(new Uint8Array(await file.arrayBuffer()), file.type));
      }
    } catch (err) {
      setError(describeError(err));
    } finally {
      setAdding(false);
      if (input.current !== null) input.current.value = "";
      if (added.length > 0) onChange([...photos, ...added]);
    }
  };

  return (
    <section className="stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.photos.title}</h2>
      {photos.length > 0 && (
        <ul className="entry-photos">
          {photos.map((p, i) => (
            <OnePhoto key={p.id} client={client} photo={p} index={i} onRemove={() => onChange(photos.filter((o) => o.id !== p.id))} />
          ))}
        </ul>
      )}
      {photos.length < MAX_PHOTOS && (
        <div className="field">
          <label htmlFor={`${id}-add`}>{adding ? t.photos.adding : t.photos.add}</label>
          <input
            ref={input}
            id={`${id}-add`}
            type="file"
            accept={PHOTO_TYPES.join(",")}
            multiple
            disabled={adding}
            aria-describedby={`${id}-hint`}
            onChange={(e) => void add([...(e.target.files ?? [])])}
          />
          <p className="hint" id={`${id}-hint`}>
            {t.photos.hint}
          </p>
        </div>
      )}
      {error !== undefined && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
};
