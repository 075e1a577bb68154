/**
 * An SVG file drawn into a PNG at a pixel density (2 by default, for slides
 * and print). The SVG goes into an <img> as a data: URL, which the page's
 * Content Security Policy already allows (img-src 'self' data:), unlike blob:
 * URLs; the canvas stays untainted because the image has no outside resources.
 */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export async function svgToPng(svg: string, width: number, height: number, density = 2): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  image.src = svgDataUrl(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * density);
  canvas.height = Math.round(height * density);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas produced no PNG'))), 'image/png');
  });
}
