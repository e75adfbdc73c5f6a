import { queryString, withQuery } from './page-paths'

/** 共创计划 pages (no leading slash), in the `cocreation` subpackage. */
export const PROJECTS_PATH = 'cocreation/pages/projects/index'
export const MY_COCREATION_PATH = 'cocreation/pages/mine/index'

/** A project's page; on share cards it carries the sharer's distribution code. */
export const projectPath = (projectId: string, code?: string | null) => withQuery('cocreation/pages/project/index', { id: projectId, code })
/** The project page's query on a 朋友圈 card. */
export const projectQuery = (projectId: string, code?: string | null) => queryString({ id: projectId, code })
