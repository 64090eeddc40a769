/** The network field of stored records and messages, validated against the registry. */
import { z } from 'zod';
import { NETWORKS } from '@/lib/networks';

export const networkSchema = z.enum(NETWORKS);
