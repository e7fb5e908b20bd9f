import { openLocal } from '../open-local.ts';

export async function run(): Promise<number> {
  const { hs } = await openLocal();
  try {
    process.stdout.write(JSON.stringify(hs.sweep()) + '\n');
    return 0;
  } finally {
    await hs.stop();
  }
}
