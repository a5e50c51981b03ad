// The messages in Russian, area by area; the compiler refuses a missing or an extra key.
import common from './ru/common';
import shell from './ru/shell';
import play from './ru/play';
import report from './ru/report';
import classroom from './ru/class';
import model from './ru/model';
import files from './ru/files';
import type { Catalog } from './en';

export const ru: Catalog = { ...common, ...shell, ...play, ...report, ...classroom, ...model, ...files };
