import { buildDataPackage } from '$lib/cite/datapackage';
import { buildInput, json } from '$lib/cite/build.server';

// The Frictionless Data Package descriptor of the edition, written once at build time.
export const prerender = true;

export const GET = () => json(buildDataPackage(buildInput()).descriptor);
