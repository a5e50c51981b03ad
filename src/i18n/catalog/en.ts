// The English messages, the reference every other language is checked against. Each area is its own file.
import common from './en/common';
import shell from './en/shell';
import play from './en/play';
import report from './en/report';
import classroom from './en/class';
import model from './en/model';
import files from './en/files';

export const en = { ...common, ...shell, ...play, ...report, ...classroom, ...model, ...files };
export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
