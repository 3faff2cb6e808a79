export async function runTests() { return 0; }
