// The worker-thread entry under tsx (tests, `npm run dev`): Node 20 does not
// apply the parent's `--import tsx` to worker threads, so register tsx here,
// then load the TypeScript task module. The built server (dist/) loads
// tasks.js directly and never reaches this file.
import { register } from 'tsx/esm/api';

register();
const { default: runTask } = await import('./tasks.ts');
export default runTask;
