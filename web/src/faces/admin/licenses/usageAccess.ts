export { usageReader } from '../../../session/access';
