import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A busy 2-core machine can take seconds to answer; waits give it room
// without slowing a passing test.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
