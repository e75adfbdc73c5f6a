import { withQuery } from './page-paths'

// 共创计划, the brand's pages (admin subpackage).
export const ADMIN_PROJECTS_PATH = 'admin/pages/projects/index'
/** The editor: a new project without an id. */
export const adminProjectEditPath = (projectId?: string) => withQuery('admin/pages/project-edit/index', { id: projectId })
/** The console where the brand runs a project phase by phase. */
export const adminProjectPath = (projectId: string) => withQuery('admin/pages/project/index', { id: projectId })
