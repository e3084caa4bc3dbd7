import { expect } from 'vitest';
import { attendanceMatchers } from 'ps-attendance-contract/vitest';

expect.extend(attendanceMatchers);
