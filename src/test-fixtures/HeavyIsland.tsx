import { useState } from 'preact/hooks';
import { toString } from 'qrcode';
import { zipSync } from 'fflate';

/** Draws a QR code and zips it: two libraries no lesson loads, well over a lesson's budget together. */
export default function HeavyIsland() {
	const [size, setSize] = useState<number | null>(null);
	const draw = async () => {
		const svg = await toString('https://example.invalid/essai', { type: 'svg' });
		setSize(zipSync({ 'qr.svg': new TextEncoder().encode(svg) }).length);
	};
	return (
		<p>
			<button type="button" onClick={draw}>
				Dessiner et compresser
			</button>{' '}
			<span role="status">{size === null ? '' : `${size} octets`}</span>
		</p>
	);
}
