import { openDatabase } from '../../../../store/database';
import { parseIp } from '../../../../io/addresses';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { Prefix } from '../../../net/prefix';
export const home = process.env.HOME;
export const timer = setTimeout(() => undefined, 1);
export const now = Date.now();
export const used = [openDatabase, parseIp, parse, readFileSync, Prefix];
