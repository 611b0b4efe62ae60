import { MiB } from '../packages/byteSize.js';

/** The largest package zip the server takes (the zip itself; its content has its own limits, DEFAULT_ZIP_LIMITS). */
export const PACKAGE_UPLOAD_MAX_BYTES = 20 * MiB;
