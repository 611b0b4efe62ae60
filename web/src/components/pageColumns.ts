/**
 * Pages with a side column beside the main one (a checklist, a preview, a deal's licenses) put it
 * under the main column below this width: beside it, either column would be too narrow to read.
 */
export const SIDE_COLUMN_BELOW = '@media (max-width: 960px)';
