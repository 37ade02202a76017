import { useMemo } from 'react';
import QRCode from 'qrcode';

/**
 * The room's address as a QR code, drawn as our own SVG from the code's modules (no image URL, so
 * the page's Content-Security-Policy has nothing to allow). A quiet zone of four modules keeps it
 * readable from the back of the room.
 */
export function JoinCodeQr({ url, label }: { url: string; label: string }) {
  const path = useMemo(() => {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const steps: string[] = [];
    for (let row = 0; row < modules.size; row += 1) {
      for (let column = 0; column < modules.size; column += 1) if (modules.get(row, column)) steps.push(`M${column + 4} ${row + 4}h1v1h-1z`);
    }
    return { d: steps.join(''), size: modules.size + 8 };
  }, [url]);
  return (
    <svg className="join-qr" viewBox={`0 0 ${path.size} ${path.size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
