import { CallError } from '../../api/callError';

/** Core refuses more than 20 MB; refusing here too spares sending it over the wire. */
export const maxPhotoBytes = 20 * 1024 * 1024;

/**
 * A picked or dropped file as base64 for `photos.add`. Core decides what is an image (and
 * refuses hostile ones with IMAGE_REJECTED); only the size is checked here.
 */
export async function readPhotoFile(file: File): Promise<string> {
  if (file.size > maxPhotoBytes) throw new CallError('IMAGE_TOO_LARGE');
  const buffer = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < buffer.length; index += chunk) {
    binary += String.fromCharCode(...buffer.subarray(index, index + chunk));
  }
  return btoa(binary);
}
