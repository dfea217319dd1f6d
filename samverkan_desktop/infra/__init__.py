"""samverkan_desktop.infra"""
