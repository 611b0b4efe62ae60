import { useEffect, useState } from 'react';
import { toDataURL } from 'qrcode';

/** The otpauth:// URI as a QR code for the authenticator app to scan (drawn in the browser; the secret never leaves it again). */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    toDataURL(value, { width: 200, margin: 1, errorCorrectionLevel: 'M' }).then((url) => live && setSrc(url));
    return () => {
      live = false;
    };
  }, [value]);
  return src ? <img src={src} width={200} height={200} alt={label} /> : <div style={{ width: 200, height: 200 }} aria-busy="true" />;
}
