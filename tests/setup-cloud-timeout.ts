// The cloud project's test budget (jest 29 takes testTimeout only at the top level, not per project).
jest.setTimeout(60_000);
