import { openDisclosuresForPrint } from '../lib/print-details';
import { startOffline } from './offline/start';
import { watchSearchDialog } from './search-dialog';
import './notices';

/**
 * Every learner page's own script (BaseLayout.astro), one small file with what it needs
 * (astro.config.mjs, the « page » chunk): disclosures that print open, the search that loads
 * when opened, the storage notices, and the course offline.
 */
openDisclosuresForPrint(window, document);
watchSearchDialog();
startOffline();
