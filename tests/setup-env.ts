// Test clients of the SDK talk to the local cloud only: skip its Tencent Cloud metadata probe.
process.env.TENCENTCLOUD ??= 'true';
