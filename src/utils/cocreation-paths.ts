import { withQuery } from './page-paths'

/** 共创计划 pages (no leading slash), in the `cocreation` subpackage. */
export const PROJECTS_PATH = 'cocreation/pages/projects/index'
export const MY_COCREATION_PATH = 'cocreation/pages/mine/index'

export const projectPath = (projectId: string) => withQuery('cocreation/pages/project/index', { id: projectId })
