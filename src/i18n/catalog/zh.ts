// The messages in Simplified Chinese, area by area; the compiler refuses a missing or an extra key.
import common from './zh/common';
import shell from './zh/shell';
import play from './zh/play';
import report from './zh/report';
import classroom from './zh/class';
import model from './zh/model';
import files from './zh/files';
import type { Catalog } from './en';

export const zh: Catalog = { ...common, ...shell, ...play, ...report, ...classroom, ...model, ...files };
