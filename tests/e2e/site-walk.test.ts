/**
 * The second half of the site walk (site-walk.ts; what it checks is documented in site.test.ts).
 */
import { walkPages } from './site-walk.ts';

walkPages(1);
