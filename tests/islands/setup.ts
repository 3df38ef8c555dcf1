/**
 * Component tests wait on conditions (`waitFor`, `findBy…`), never on time. Testing Library's
 * default bound for such a wait is 1 s, which a loaded 2-core machine can exceed when a test
 * first imports code on demand (the estimator's export and pins load with import()). The bound
 * only caps a wait that is already polling for its condition, so a passing test is no slower.
 */
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 15_000 });
